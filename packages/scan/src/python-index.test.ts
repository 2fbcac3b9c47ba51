import { describe, expect, it } from '@jest/globals';
import { findIndexLink, projectPageUrl } from './python-index';

const A = 'a'.repeat(64);
const page = projectPageUrl('https://mirror.example/pypi/simple', 'Zizmor_Tool.x');

describe('simple index pages (PEP 503)', () => {
  it('normalises the project name under the index', () => {
    expect(page.href).toBe('https://mirror.example/pypi/simple/zizmor-tool-x/');
    expect(projectPageUrl('http://127.0.0.1:9/simple/', 'semgrep').href).toBe('http://127.0.0.1:9/simple/semgrep/');
  });

  it('finds the file by its anchor text, resolves a relative href and reads the #sha256= fragment', () => {
    const html = `<!DOCTYPE html><html><body>
      <a href="../../files/tool-1.0.tar.gz#sha256=${'b'.repeat(64)}">tool-1.0.tar.gz</a><br/>
      <a data-requires-python="&gt;=3.10" href="../../files/tool-1.0-py3-none-any.whl#sha256=${A}" >tool-1.0-py3-none-any.whl</a>
    </body></html>`;
    expect(findIndexLink(html, page, 'tool-1.0-py3-none-any.whl')).toEqual({
      url: 'https://mirror.example/pypi/files/tool-1.0-py3-none-any.whl',
      sha256: A,
    });
  });

  it('takes absolute hrefs with entities, other hash names, no digest at all, and misses what is not listed', () => {
    const html =
      `<a href='https://files.example/x/t-2.whl?a=1&amp;b=2#md5=00&amp;sha256=${A.toUpperCase()}'>t-2.whl</a>` +
      `<a href="https://files.example/x/t-3.whl">t-3.whl</a>`;
    expect(findIndexLink(html, page, 't-2.whl')).toEqual({ url: 'https://files.example/x/t-2.whl?a=1&b=2', sha256: A });
    expect(findIndexLink(html, page, 't-3.whl')).toEqual({ url: 'https://files.example/x/t-3.whl' });
    expect(findIndexLink(html, page, 't-4.whl')).toBeUndefined();
  });
});
