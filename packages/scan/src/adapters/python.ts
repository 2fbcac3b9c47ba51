/** Python sources that the Python scanners (ruff, bandit) check. */
export const isPython = (file: string) => /\.pyi?$/.test(file);
