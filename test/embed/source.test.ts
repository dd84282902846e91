import { expect, waitUntil } from '@open-wc/testing';
import { fetchConfig } from '../../src/embed/embed-page.js';
import {
  checkSource,
  parseConfig,
  restrictConnections,
  type SourceCheck,
} from '../../src/embed/embed-source.js';

const PAGE = 'https://www.kommune.dk/digileder/embed/index.html?widget=tip-carousel';
const reason = (check: SourceCheck) => (check.ok ? `ok ${check.url.href}` : check.reason);

describe('embed page sources', () => {
  describe('checkSource', () => {
    it('accepts addresses on the page’s own origin, as the absolute address fetched', () => {
      const cases: [string, string][] = [
        ['/files/tips.json', 'https://www.kommune.dk/files/tips.json'],
        ['tips.json', 'https://www.kommune.dk/digileder/embed/tips.json'],
        ['../data/tips.json?v=2', 'https://www.kommune.dk/digileder/data/tips.json?v=2'],
        ['https://www.kommune.dk/a.json', 'https://www.kommune.dk/a.json'],
        ['HTTPS://WWW.KOMMUNE.DK:443/a.json', 'https://www.kommune.dk/a.json'],
        ['/filer/råd og tips.json', 'https://www.kommune.dk/filer/r%C3%A5d%20og%20tips.json'],
        // Encoded slashes stay in the path: still this server.
        [
          '%2F%2Fevil.example/x.json',
          'https://www.kommune.dk/digileder/embed/%2F%2Fevil.example/x.json',
        ],
        ['/%5Cevil.example', 'https://www.kommune.dk/%5Cevil.example'],
        // The page's own scheme without slashes is a relative address.
        ['https:evil.example', 'https://www.kommune.dk/digileder/embed/evil.example'],
        ['https:/evil.example', 'https://www.kommune.dk/evil.example'],
      ];
      for (const [src, href] of cases)
        expect(reason(checkSource(src, PAGE)), src).to.equal(`ok ${href}`);
    });

    it('refuses another origin however it is written', () => {
      for (const src of [
        'https://evil.example/tips.json',
        '//evil.example/tips.json',
        '///evil.example/tips.json',
        '/\\evil.example/tips.json',
        '\\\\evil.example/tips.json',
        '/\t/evil.example/tips.json',
        '/\n/evil.example',
        ' //evil.example',
        'http:evil.example',
        'https:\\\\evil.example',
        'http://www.kommune.dk/a.json',
        'https://www.kommune.dk:8443/a.json',
        'https://www.kommune.dk.evil.example/a.json',
        'https://evil.example#@www.kommune.dk',
        'https://evil.example\\@www.kommune.dk/',
        'https://xn--kommun-fva.dk/a.json',
        'https://[::1]/a.json',
        'https://0x7f.1/a.json',
      ])
        expect(reason(checkSource(src, PAGE)), JSON.stringify(src)).to.equal('foreign');
    });

    it('refuses a user name or password, even on the page’s origin', () => {
      for (const src of [
        'https://user@www.kommune.dk/a.json',
        'https://:secret@www.kommune.dk/a.json',
        'https://www.kommune.dk@www.kommune.dk/a.json',
        'https://evil.example%2F@www.kommune.dk/',
        'https://www.kommune.dk%2F@evil.example/',
      ])
        expect(reason(checkSource(src, PAGE)), src).to.equal('credentials');
      expect(reason(checkSource('https://www.kommune.dk@evil.example/a.json', PAGE))).to.equal(
        'credentials',
      );
    });

    it('refuses every scheme but http and https', () => {
      for (const src of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        ' javascript:alert(1)',
        'data:application/json,{"tips":[]}',
        'blob:https://www.kommune.dk/0b1c',
        'file:///etc/passwd',
        'ftp://www.kommune.dk/a.json',
        'about:blank',
      ])
        expect(reason(checkSource(src, PAGE)), src).to.equal('scheme');
    });

    it('refuses what does not parse', () => {
      for (const src of ['https://', 'http://[::1', 'https://a:99999/'])
        expect(reason(checkSource(src, PAGE)), src).to.equal('malformed');
    });

    it('accepts the allowed origins exactly, and nothing near them', () => {
      const allowed = ['https://filer.kommune.dk'];
      expect(reason(checkSource('https://filer.kommune.dk/raad.json', PAGE, allowed))).to.equal(
        'ok https://filer.kommune.dk/raad.json',
      );
      expect(reason(checkSource('//filer.kommune.dk/raad.json', PAGE, allowed))).to.equal(
        'ok https://filer.kommune.dk/raad.json',
      );
      for (const src of [
        'http://filer.kommune.dk/raad.json',
        'https://filer.kommune.dk:444/raad.json',
        'https://a.filer.kommune.dk/raad.json',
        'https://filer.kommune.dk.evil.example/raad.json',
      ])
        expect(reason(checkSource(src, PAGE, allowed)), src).to.equal('foreign');
    });
  });

  describe('parseConfig', () => {
    it('reads the allowed origins, normalised', () => {
      expect(
        parseConfig({
          $schema: 'x',
          $comment: 'IT',
          allowedOrigins: [
            'https://filer.kommune.dk',
            'https://Intranet.Kommune.DK/',
            'http://localhost:8080',
            'https://københavn.dk',
          ],
        }),
      ).to.deep.equal({
        ok: true,
        config: {
          allowedOrigins: [
            'https://filer.kommune.dk',
            'https://intranet.kommune.dk',
            'http://localhost:8080',
            'https://xn--kbenhavn-54a.dk',
          ],
        },
      });
      expect(parseConfig({})).to.deep.equal({ ok: true, config: { allowedOrigins: [] } });
    });

    it('fails on anything but a list of bare origins, naming the place', () => {
      const cases: [unknown, string][] = [
        [[], ''],
        [null, ''],
        ['https://filer.kommune.dk', ''],
        [{ allowedOrigin: ['https://filer.kommune.dk'] }, 'allowedOrigin'],
        [{ allowedOrigins: 'https://filer.kommune.dk' }, 'allowedOrigins'],
        [{ allowedOrigins: ['https://a.dk', 'https://b.dk/filer/'] }, 'allowedOrigins[1]'],
        [{ allowedOrigins: ['*'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['https://*.kommune.dk'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['filer.kommune.dk'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['//filer.kommune.dk'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['https://filer.kommune.dk?x'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['https://filer.kommune.dk#x'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['https://u@filer.kommune.dk'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['https://filer.kommune.dk\\'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['javascript:alert(1)'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['null'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: ['ftp://filer.kommune.dk'] }, 'allowedOrigins[0]'],
        [{ allowedOrigins: [42] }, 'allowedOrigins[0]'],
      ];
      for (const [json, path] of cases)
        expect(parseConfig(json), JSON.stringify(json)).to.deep.equal({ ok: false, path });
    });
  });

  describe('fetchConfig', () => {
    it('reads the file’s JSON', async () => {
      expect(await fetchConfig('/test/fixtures/embed/config.json')).to.deep.equal({
        $comment: "IT's list: content may also come from these origins.",
        allowedOrigins: ['https://filer.kommune.dk', 'https://Intranet.Kommune.dk/'],
      });
    });

    it('gives undefined when there is no file', async () => {
      expect(await fetchConfig('/test/fixtures/embed/no-such-config.json')).to.equal(undefined);
    });

    it('rejects JSON that does not parse', async () => {
      let failed = false;
      try {
        await fetchConfig('data:application/json,{"allowedOrigins":[}');
      } catch (error) {
        failed = error instanceof SyntaxError;
      }
      expect(failed).to.be.true;
    });
  });

  describe('restrictConnections', () => {
    let frame: HTMLIFrameElement;
    const violations: string[] = [];
    beforeEach(async () => {
      violations.length = 0;
      frame = document.createElement('iframe');
      frame.src = '/test/fixtures/embed/blank.html';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      document.body.append(frame);
      await loaded;
      frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    afterEach(() => frame.remove());

    /** Fetches `url` from inside the frame: 'ok', or 'failed'. */
    const fetchInFrame = (url: string) =>
      frame.contentWindow!.fetch(url).then(
        () => 'ok',
        () => 'failed',
      );

    it('blocks requests to other origins, and lets the page’s own and the allowed ones through', async () => {
      // The test server answers on both names; each is its own origin.
      const here = location.origin;
      const other = here.includes('localhost')
        ? here.replace('localhost', '127.0.0.1')
        : here.replace('127.0.0.1', 'localhost');
      restrictConnections(frame.contentDocument!, ['https://filer.kommune.example']);

      expect(await fetchInFrame('/test/fixtures/tips.json')).to.equal('ok');
      expect(await fetchInFrame(`${other}/test/fixtures/tips.json`)).to.equal('failed');
      await waitUntil(() => violations.length === 1, 'no violation reported');
      expect(violations[0]).to.match(/^connect-src http:\/\/(localhost|127\.0\.0\.1):\d+/);

      // An allowed origin is not blocked by the policy (here it fails only for want of a network).
      await fetchInFrame('https://filer.kommune.example/raad.json');
      await fetchInFrame(`${here}/test/fixtures/tips.json`);
      expect(violations).to.have.length(1);
    });

    it('narrows a policy that allowed more before', async () => {
      const doc = frame.contentDocument!;
      const here = location.origin;
      const other = here.includes('localhost')
        ? here.replace('localhost', '127.0.0.1')
        : here.replace('127.0.0.1', 'localhost');
      await fetchInFrame(`${other}/test/fixtures/tips.json`);
      expect(violations).to.deep.equal([]);
      restrictConnections(doc, []);
      expect(await fetchInFrame(`${other}/test/fixtures/tips.json`)).to.equal('failed');
      await waitUntil(() => violations.length === 1, 'no violation reported');
    });
  });
});
