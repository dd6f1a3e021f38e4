// Small bpmn-js modules of ours: translation of bpmn-js's own texts, and palette entries for the two task types
// the processes use (the default palette only has a plain task, turned into a user/service task through the
// wrench menu).

/**
 * Replaces bpmn-js's translate service: labels[template] when the page gives one (keys are bpmn-js's English
 * texts, e.g. "Create task", "Append end event"), otherwise the English template; "{name}" filled as bpmn-js does.
 */
export function translateModule(labels) {
  const own = labels && typeof labels === 'object' ? labels : {};
  function translate(template, replacements) {
    const text = typeof own[template] === 'string' ? own[template] : template;
    const values = replacements || {};
    return text.replace(/{([^}]+)}/g, (match, key) => (values[key] !== undefined ? values[key] : match));
  }
  return { translate: [ 'value', translate ] };
}

function TaskPaletteProvider(palette, create, elementFactory, translate) {
  this._create = create;
  this._elementFactory = elementFactory;
  this._translate = translate;
  // After bpmn-js's own provider (priority 1000), so that its entries are there to add to.
  palette.registerProvider(500, this);
}

TaskPaletteProvider.$inject = [ 'palette', 'create', 'elementFactory', 'translate' ];

TaskPaletteProvider.prototype.getPaletteEntries = function() {
  const create = this._create;
  const elementFactory = this._elementFactory;
  const translate = this._translate;

  function entry(type, className, title) {
    const start = (event) => create.start(event, elementFactory.createShape({ type }));
    return { group: 'activity', className, title: translate(title), action: { dragstart: start, click: start } };
  }

  return (entries) => Object.assign({}, entries, {
    'create.user-task': entry('bpmn:UserTask', 'bpmn-icon-user-task', 'Create user task'),
    'create.service-task': entry('bpmn:ServiceTask', 'bpmn-icon-service-task', 'Create service task')
  });
};

export const taskPaletteModule = {
  __init__: [ 'tdktTaskPaletteProvider' ],
  tdktTaskPaletteProvider: [ 'type', TaskPaletteProvider ]
};
