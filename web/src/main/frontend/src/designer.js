// Entry point of the designer bundle: window.TdktDesigner.mount(container, options).
//
// options = {
//   xml:     BPMN 2.0 XML to open (a new one-start-event process when absent),
//   catalog: { roles: [{code, label}], units: [{code, label}], forms: [{key, label}],
//              dueDates: [{expression, label}], conditions: [{expression, label}], actions: [{expression, label}] },
//   labels:  { key: text } overriding the English texts of labels.js (our panel) and, keyed by their English
//            text, bpmn-js's own tooltips and menus (e.g. "Create task", "Append end event"),
//   onChange(xml): called (debounced) after each change of the diagram
// }
// mount returns { getXml(): Promise<string>, importXml(xml): Promise<void>, destroy(), ready: Promise<void>,
//   modeler, markProblems(ids), markCurrent(ids) }
// (ready settles when the initial import is done; getXml waits for it).
// The page gives the container its height; designer.css lays out canvas and panel side by side.
import Modeler from 'bpmn-js/lib/Modeler';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import { createTranslator } from './labels.js';
import { taskPaletteModule, translateModule } from './modeler-extensions.js';
import { PropertiesPanel } from './panel.js';

const CHANGE_DELAY_MS = 300;

/** The diagram a new process starts from: one start event, executable, with the Camunda namespace declared. */
const NEW_DIAGRAM = '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"' +
  ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"' +
  ' xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://tdkt.vn/bpmn">' +
  '<bpmn:process id="Process_1" isExecutable="true"><bpmn:startEvent id="StartEvent_1"/></bpmn:process>' +
  '<bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">' +
  '<bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="152" y="102" width="36" height="36"/>' +
  '</bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>';

function mount(container, options) {
  if (!container || container.nodeType !== 1) {
    throw new TypeError('TdktDesigner.mount: container must be an element');
  }
  const opts = options || {};
  const t = createTranslator(opts.labels);

  container.classList.add('tdkt-designer');
  container.textContent = '';
  const canvasElement = document.createElement('div');
  canvasElement.className = 'tdkt-designer__canvas';
  const panelElement = document.createElement('aside');
  panelElement.className = 'tdkt-designer__panel';
  panelElement.setAttribute('aria-label', t('panelTitle'));
  container.appendChild(canvasElement);
  container.appendChild(panelElement);

  const modeler = new Modeler({
    container: canvasElement,
    moddleExtensions: { camunda: camundaModdle },
    additionalModules: [ translateModule(opts.labels), taskPaletteModule ]
  });
  const panel = new PropertiesPanel(panelElement, modeler, opts.catalog, t);

  let destroyed = false;
  let changeTimer = null;
  const onChange = typeof opts.onChange === 'function' ? opts.onChange : null;

  function saveXml() {
    return modeler.saveXML({ format: true }).then((result) => result.xml);
  }

  // A command (or undo/redo) changed the diagram; "clear" is an import, which the page already knows.
  modeler.on('commandStack.changed', (event) => {
    if (!onChange || (event && event.trigger === 'clear')) {
      return;
    }
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => {
      changeTimer = null;
      if (destroyed) {
        return;
      }
      saveXml().then((xml) => {
        if (!destroyed) {
          onChange(xml);
        }
      }, (error) => console.error('TdktDesigner: could not serialise the diagram', error));
    }, CHANGE_DELAY_MS);
  });

  function showImportError(error) {
    console.error('TdktDesigner: could not import the diagram', error);
    const message = document.createElement('div');
    message.className = 'tdkt-designer__message';
    message.setAttribute('role', 'alert');
    message.textContent = t('importError') + (error && error.message ? ' (' + error.message + ')' : '');
    panelElement.textContent = '';
    panelElement.appendChild(message);
  }

  function importXml(xml) {
    // A change still waiting to be reported belongs to the diagram being replaced.
    clearTimeout(changeTimer);
    changeTimer = null;
    return modeler.importXML(xml || NEW_DIAGRAM).then((result) => {
      if (result && result.warnings && result.warnings.length) {
        console.warn('TdktDesigner: import warnings', result.warnings);
      }
      modeler.get('canvas').zoom('fit-viewport');
    }, (error) => {
      showImportError(error);
      throw error;
    });
  }

  /** Puts the CSS marker on exactly these elements (ids not in the diagram are ignored). */
  function mark(ids, marker) {
    const canvas = modeler.get('canvas');
    const registry = modeler.get('elementRegistry');
    registry.getAll().forEach((element) => canvas.removeMarker(element, marker));
    (ids || []).forEach((id) => {
      if (registry.get(id)) {
        canvas.addMarker(id, marker);
      }
    });
  }

  let ready = importXml(opts.xml);

  return {
    ready,

    /** The bpmn-js modeler itself, for pages that mark elements (the problems of a check) and for tests. */
    modeler,

    /** Outlines these elements as wrong (the ids a server check named); any earlier marks are cleared. */
    markProblems(ids) {
      mark(ids, 'tdkt-problem');
    },

    /** Highlights the steps a running instance stands at; any earlier highlight is cleared. */
    markCurrent(ids) {
      mark(ids, 'tdkt-current');
    },

    /** The current diagram as formatted BPMN 2.0 XML. */
    getXml() {
      return ready.catch(() => undefined).then(saveXml);
    },

    /** Replaces the diagram; rejects (and shows a message) when the XML cannot be read. */
    importXml(xml) {
      ready = ready.catch(() => undefined).then(() => importXml(xml));
      return ready;
    },

    destroy() {
      destroyed = true;
      clearTimeout(changeTimer);
      panel.destroy();
      modeler.destroy();
      container.textContent = '';
      container.classList.remove('tdkt-designer');
    }
  };
}

window.TdktDesigner = { mount };
