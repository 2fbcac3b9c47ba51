/** A fake clock for code that takes `now` and `sleep`: sleeping moves it on at once, and is recorded. */
export function fakeClock() {
  let t = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
  };
}
