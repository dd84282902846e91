// The embed page's one public door: what the builder (and a host page's own script, or a test)
// may use of it. Importing it loads no widget and touches no page.
export {
  EMBED_PARAMETERS,
  EMBED_WIDGETS,
  COMMON_PARAMETERS,
  MAX_SRC,
  MAX_TEXT,
  embedAddress,
  hasForm,
  parseEmbedAddress,
  type EmbedAddressOptions,
  type EmbedProblem,
  type EmbedRequest,
  type EmbedWidget,
  type ParameterKind,
  type ParsedAddress,
} from './embed-params.js';
export { CONFIG_FILE, checkSource, parseConfig, type EmbedConfig } from './embed-source.js';
export {
  HEIGHT_MESSAGE,
  HEIGHT_REQUEST,
  isHeightMessage,
  type EmbedHeightMessage,
  type EmbedHeightRequest,
} from './embed-height.js';
export { SUGGESTED_HEIGHTS, suggestedHeight, type HeightBand } from './embed-heights.js';
