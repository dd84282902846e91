// The host script (src/embed/resize.ts → dist/embed/resize.js) on this test page, sizing iframes of
// the real embed page, in every engine.
import { expect, waitUntil } from '@open-wc/testing';
import { HEIGHT_MESSAGE, isHeightMessage } from '../../src/embed/embed-height.js';

/** The test server answers on both names; each is its own origin. */
const here = location.origin;
const other = here.includes('localhost')
  ? here.replace('localhost', '127.0.0.1')
  : here.replace('127.0.0.1', 'localhost');

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** An iframe of the embed page at `origin`, 300 px tall, with the heights it reported. */
function frameOf(search: string, origin = here, width = 600) {
  const frame = document.createElement('iframe');
  frame.title = 'Embed';
  frame.style.width = `${width}px`;
  frame.style.height = '300px';
  frame.src = `${origin}/embed/index.html${search}`;
  const heights: number[] = [];
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && isHeightMessage(event.data))
      heights.push(event.data.height);
  });
  frames.push(frame);
  document.body.append(frame);
  return { frame, heights };
}

/** Resolves once the frame has sent no new height for five of its animation frames. */
async function settled(frame: HTMLIFrameElement, heights: number[]): Promise<void> {
  const view = frame.contentWindow!;
  await view.document.fonts.ready;
  for (let quiet = 0, count = heights.length; quiet < 5;) {
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
    quiet = heights.length === count ? quiet + 1 : 0;
    count = heights.length;
  }
}

const reported = (heights: number[]) => () => heights.length > 0;
const sized = (frame: HTMLIFrameElement, heights: number[]) => () =>
  heights.length > 0 && frame.style.height === `${heights.at(-1)}px`;

describe('embed host script', () => {
  it('asks the frames that loaded before it to report, and sizes them', async () => {
    const { frame, heights } = frameOf('?widget=archetype-quiz');
    await waitUntil(reported(heights), 'the frame never reported');
    await settled(frame, heights);
    const count = heights.length;
    expect(frame.style.height).to.equal('300px');
    await import('../../src/embed/resize.js');
    await waitUntil(() => heights.length > count, 'the frame was not asked again');
    // The answer repeats the height; a frame that had a scroll bar at 300 px may then report
    // once more, without it, and is sized again.
    expect(heights[count]).to.equal(heights[count - 1]);
    await waitUntil(sized(frame, heights), `not sized: ${frame.style.height}`);
    await settled(frame, heights);
    expect(frame.style.height).to.equal(`${heights.at(-1)}px`);
    expect(frame.contentDocument!.documentElement.scrollHeight).to.equal(heights.at(-1));
  });

  it('sizes a frame on another origin that loads later, and again when its height changes', async () => {
    const { frame, heights } = frameOf('?widget=strategy-wheel', other, 900);
    await waitUntil(sized(frame, heights), 'the cross-origin frame was not sized');
    const before = frame.style.height;
    frame.style.width = '320px';
    await waitUntil(() => heights.length > 1, 'no second message');
    await waitUntil(sized(frame, heights), 'not sized again');
    expect(frame.style.height).to.not.equal(before);
  });

  it('sizes two frames each to its own height', async () => {
    const a = frameOf('?widget=tip-carousel&id=a');
    const b = frameOf('', here, 600);
    await waitUntil(sized(a.frame, a.heights), 'a not sized');
    await waitUntil(sized(b.frame, b.heights), 'b not sized');
    expect(a.frame.style.height).to.not.equal(b.frame.style.height);
  });

  it('ignores a message from anything but one of the page’s frames', async () => {
    const { frame, heights } = frameOf('?widget=tip-carousel');
    await waitUntil(sized(frame, heights), 'not sized');
    const height = frame.style.height;
    let seen = 0;
    const count = () => seen++;
    window.addEventListener('message', count);
    window.postMessage({ type: HEIGHT_MESSAGE, height: 5, id: null, widget: null }, '*');
    await waitUntil(() => seen === 1, 'the message did not arrive');
    window.removeEventListener('message', count);
    expect(frame.style.height).to.equal(height);
  });

  it('ignores a message of the wrong shape', async () => {
    // A plain page of this origin, whose script posts what it is told to.
    const frame = document.createElement('iframe');
    frame.title = 'Plain';
    frame.src = '/test/fixtures/embed/blank.html';
    frames.push(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    const post = async (data: object) => {
      let arrived = false;
      const seen = () => (arrived = true);
      window.addEventListener('message', seen, { once: true });
      (frame.contentWindow as Window & typeof globalThis).eval(
        `parent.postMessage(${JSON.stringify(data)}, '*')`,
      );
      await waitUntil(() => arrived, 'the message did not arrive');
    };
    const message = { type: HEIGHT_MESSAGE, height: 77, id: null, widget: null };
    for (const wrong of [
      { ...message, height: -1 },
      { ...message, height: 12.5 },
      { ...message, height: '7px' },
      { ...message, type: 'digileder:embed-width' },
      { ...message, id: 5 },
      { type: HEIGHT_MESSAGE, height: 77 },
    ]) {
      await post(wrong);
      expect(frame.style.height, JSON.stringify(wrong)).to.equal('');
    }
    await post(message);
    expect(frame.style.height).to.equal('77px');
  });

  it('ignores a frame whose page is no longer on the origin its src names', async () => {
    const { frame, heights } = frameOf('?widget=tip-carousel&id=moved');
    await waitUntil(sized(frame, heights), 'not sized');
    const height = frame.style.height;
    // Navigated elsewhere from inside: the src attribute still names this origin.
    const count = heights.length;
    frame.contentWindow!.location.href = `${other}/embed/index.html?widget=archetype-quiz&id=moved`;
    await waitUntil(() => heights.length > count, 'the moved frame did not report');
    expect(heights.at(-1)).to.not.equal(parseInt(height));
    expect(frame.style.height).to.equal(height);
  });
});
