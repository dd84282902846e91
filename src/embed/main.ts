// The embed page's script (embed/index.html): shows what the address asks for in #embed.
import { startEmbed } from './embed-page.js';

const root = document.getElementById('embed');
if (root)
  void startEmbed(document, root, {
    href: location.href,
    parent: window.parent === window ? undefined : window.parent,
  });
