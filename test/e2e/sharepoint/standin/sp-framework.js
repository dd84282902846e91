// A small stand-in for what SharePoint Online gives a web part, for the tests of the real built
// bundle (test/e2e/sharepoint/e2e.mjs) in Chromium. It is test code, not a copy of SharePoint:
// - an AMD `define` that runs the bundle's factory with the modules it names;
// - the parts of @microsoft/sp-core-library, sp-webpart-base, sp-property-pane and sp-loader
//   the bundle uses: `Version.parse`, `BaseClientSideWebPart`, the property-pane field factories
//   (the same `{ type, targetProperty, properties }` objects as SPFx's) and
//   `SPComponentLoader.loadComponentById`, through which the pane's lazy chunk gets
//   sp-property-pane;
// - the lifecycle SPFx runs (`onInit`, `onThemeChanged`, `render`, property changes from the pane
//   followed by `onPropertyPaneFieldChanged` and `render`, `loadPropertyPaneResources` before
//   `getPropertyPaneConfiguration`, `context.propertyPane.refresh()`, `onDispose`), and the
//   context it reads (`pageContext.cultureInfo.currentUICultureName`, `propertyPane`).
// The page drives it through `window.spStandIn` (see the end of this file).
(() => {
  const modules = new Map();
  const waiting = new Map();

  /** AMD `define(id, dependencies, factory)`, as the SPFx loader receives a bundle. */
  function define(id, dependencies, factory) {
    const exports = factory(...dependencies.map((name) => modules.get(name)));
    modules.set(id, exports);
    waiting.get(id)?.(exports);
  }
  define.amd = {};
  window.define = define;

  class Version {
    constructor(text) {
      this.text = text;
    }
    static parse(text) {
      return new Version(String(text));
    }
    toString() {
      return this.text;
    }
  }
  modules.set('@microsoft/sp-core-library', { Version });

  // PropertyPaneFieldType, as @microsoft/sp-property-pane numbers it.
  const FieldType = {
    Custom: 1,
    CheckBox: 2,
    TextField: 3,
    Toggle: 5,
    Dropdown: 6,
    Label: 7,
    Slider: 8,
    Heading: 9,
    ChoiceGroup: 10,
    Button: 11,
    HorizontalRule: 12,
    Link: 13,
  };
  const field = (type) => (targetProperty, properties) => ({ type, targetProperty, properties });
  modules.set('@microsoft/sp-property-pane', {
    PropertyPaneFieldType: FieldType,
    PropertyPaneCheckbox: field(FieldType.CheckBox),
    PropertyPaneTextField: field(FieldType.TextField),
    PropertyPaneToggle: field(FieldType.Toggle),
    PropertyPaneDropdown: field(FieldType.Dropdown),
    PropertyPaneLabel: field(FieldType.Label),
    PropertyPaneSlider: field(FieldType.Slider),
    PropertyPaneChoiceGroup: field(FieldType.ChoiceGroup),
    PropertyPaneButton: field(FieldType.Button),
    PropertyPaneLink: field(FieldType.Link),
    PropertyPaneHorizontalRule: () => ({ type: FieldType.HorizontalRule }),
  });

  class BaseClientSideWebPart {
    get domElement() {
      return this._host.domElement;
    }
    get context() {
      return this._host.context;
    }
    get properties() {
      return this._host.properties;
    }
    get renderedOnce() {
      return this._host.renderedOnce;
    }
    onInit() {
      return Promise.resolve();
    }
    onThemeChanged() {}
    onDispose() {}
    onPropertyPaneFieldChanged() {}
    loadPropertyPaneResources() {
      return Promise.resolve();
    }
    getPropertyPaneConfiguration() {
      return { pages: [] };
    }
    get dataVersion() {
      return Version.parse('1.0');
    }
    get disableReactivePropertyChanges() {
      return false;
    }
  }
  modules.set('@microsoft/sp-webpart-base', { BaseClientSideWebPart });

  // SharePoint's framework components by id (their ids in SPFx 1.23.2's manifests). A bundle
  // names them as AMD dependencies, or asks the loader for them when a lazy chunk needs one.
  const components = {
    '7263c7d0-1d6a-45ec-8d85-d4d1d234171b': '@microsoft/sp-core-library',
    '974a7777-0990-4136-8fa6-95d80114c2e0': '@microsoft/sp-webpart-base',
    'f9e737b7-f0df-4597-ba8c-3060f82380db': '@microsoft/sp-property-pane',
    '1c6c9123-7aac-41f3-a376-3caea41ed83f': '@microsoft/sp-loader',
  };
  const requested = [];
  modules.set('@microsoft/sp-loader', {
    SPComponentLoader: {
      loadComponentById(id, version) {
        requested.push(`${id}@${version}`);
        const name = components[id];
        return name
          ? Promise.resolve(modules.get(name))
          : Promise.reject(new Error(`no framework component ${id}`));
      },
    },
  });

  /** Loads the bundle named by the component's manifest; resolves to its web part class. */
  function load(scriptUrl, componentId, version) {
    const id = `${componentId}_${version}`;
    if (modules.has(id)) return Promise.resolve(modules.get(id).default);
    return new Promise((resolve, reject) => {
      waiting.set(id, (exports) => resolve(exports.default));
      const script = document.createElement('script');
      script.src = scriptUrl;
      script.onerror = () => reject(new Error(`could not load ${scriptUrl}`));
      document.head.append(script);
    });
  }

  /**
   * Creates and starts a web part in `domElement`, as SharePoint does when a page opens or an
   * editor adds it: properties (the manifest's preconfigured ones for a new web part), context,
   * onInit, the section's theme, the first render. Returns a handle to drive it.
   */
  async function mount(WebPart, { domElement, properties, uiCulture, theme }) {
    const part = new WebPart();
    const paneListeners = new Set();
    const host = {
      domElement,
      properties: structuredClone(properties),
      renderedOnce: false,
      context: {
        pageContext: {
          cultureInfo: { currentUICultureName: uiCulture, currentCultureName: uiCulture },
        },
        propertyPane: {
          refresh: () => paneListeners.forEach((listener) => listener()),
          isPropertyPaneOpen: () => paneListeners.size > 0,
        },
      },
    };
    part._host = host;
    await part.onInit();
    part.onThemeChanged(theme);
    part.render();
    host.renderedOnce = true;
    return {
      part,
      properties: host.properties,
      /** An edit in the pane: the new value, then the change handler, then a render. */
      setProperty(path, value) {
        const old = host.properties[path];
        host.properties[path] = value;
        part.onPropertyPaneFieldChanged(path, old, value);
        if (!part.disableReactivePropertyChanges) part.render();
      },
      /** The section's theme (variant) changed. */
      setTheme(next) {
        part.onThemeChanged(next);
      },
      /** Opens the property pane; `listener` runs on every refresh. */
      async openPane(listener) {
        await part.loadPropertyPaneResources();
        paneListeners.add(listener);
        return {
          configuration: () => part.getPropertyPaneConfiguration(),
          close: () => paneListeners.delete(listener),
        };
      },
      dispose() {
        paneListeners.clear();
        part.onDispose();
        domElement.replaceChildren();
      },
    };
  }

  window.spStandIn = { load, mount, FieldType, requested };
})();
