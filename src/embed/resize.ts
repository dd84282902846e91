// The optional host script (dist/embed/resize.js, at most 1 KB min+gzip): on a page that may run
// scripts, it sizes every embed-page iframe to the height the frame reports. A message counts only
// when it is well-formed, comes from the window of one of the page's iframes, and from the origin
// that iframe's `src` names. It asks frames that loaded before it ran to report again.
import { HEIGHT_REQUEST, isHeightMessage, type EmbedHeightRequest } from './embed-height.js';

const frames = () => document.querySelectorAll('iframe');

addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of frames())
    if (frame.contentWindow === event.source) {
      if (new URL(frame.src, document.baseURI).origin === event.origin)
        frame.style.height = `${event.data.height}px`;
      return;
    }
});

const request: EmbedHeightRequest = { type: HEIGHT_REQUEST };
for (const frame of frames()) frame.contentWindow?.postMessage(request, '*');
