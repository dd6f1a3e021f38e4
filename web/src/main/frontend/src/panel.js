// Our own small properties panel (plain DOM): it shows the selected element, or the process when nothing is
// selected, and writes every change through bpmn-js's modeling API so that undo/redo covers it.
// Codes are never typed: roles, units, forms, due dates, conditions and actions come from the page's catalog.
import { is } from 'bpmn-js/lib/util/ModelUtil';

import {
  catalogList,
  formatCandidateGroup,
  isHistoryTimeToLive,
  isIsoDuration,
  parseCandidateGroup
} from './values.js';

const CSS = 'tdkt-designer__';
const BATCH_COMMAND = 'tdkt.batchUpdate';

/** Marker values of selects that stand for something other than a catalog entry. */
const DEFAULT_FLOW = '__default__';
const CUSTOM_DURATION = '__duration__';
const KEEP_CURRENT = '__current__';

export class PropertiesPanel {

  /**
   * @param {HTMLElement} container the panel's own element
   * @param {object} modeler the bpmn-js Modeler
   * @param {object} catalog { roles, units, forms, dueDates, conditions, actions }
   * @param {Function} t label lookup (see labels.js)
   */
  constructor(container, modeler, catalog, t) {
    this._container = container;
    this._catalog = catalog || {};
    this._t = t;
    this._eventBus = modeler.get('eventBus');
    this._canvas = modeler.get('canvas');
    this._modeling = modeler.get('modeling');
    this._bpmnFactory = modeler.get('bpmnFactory');
    this._commandStack = modeler.get('commandStack');
    this._element = null;
    // Choices of a user task's role/unit that are not written yet because the other half is missing.
    this._pendingGroup = null;

    // Several modeling calls as one command: one undo step, one command-stack change.
    this._commandStack.register(BATCH_COMMAND, {
      preExecute(context) {
        context.steps.forEach((step) => step());
      }
    });

    this._listeners = [
      [ 'selection.changed', (event) => this._show(event.newSelection.length === 1 ? event.newSelection[0] : null) ],
      [ 'elements.changed', (event) => {
        if (this._element && event.elements.some((element) => element === this._element || element.id === this._element.id)) {
          this._show(this._element, true);
        }
      } ],
      [ 'import.done', () => this._show(null) ]
    ];
    this._listeners.forEach(([ name, fn ]) => this._eventBus.on(name, fn));
  }

  destroy() {
    this._listeners.forEach(([ name, fn ]) => this._eventBus.off(name, fn));
    this._container.textContent = '';
  }

  /** Shows element (null: the process). keepPending keeps a half-chosen candidate group of the same element. */
  _show(element, keepPending) {
    const target = element || this._rootElement();
    if (!keepPending || target !== this._element) {
      this._pendingGroup = null;
    }
    this._element = target;

    // Re-rendering must not throw focus away from the control the user is on.
    const focusedKey = document.activeElement && this._container.contains(document.activeElement)
      ? document.activeElement.getAttribute('data-key') : null;

    this._container.textContent = '';
    if (!target || !target.businessObject) {
      return;
    }
    this._render(target);

    if (focusedKey) {
      const again = this._container.querySelector('[data-key="' + focusedKey + '"]');
      if (again) {
        again.focus();
      }
    }
  }

  _rootElement() {
    return this._canvas.getRootElement();
  }

  _render(element) {
    const t = this._t;
    const bo = element.businessObject;
    const root = element === this._rootElement();

    const heading = document.createElement('h3');
    heading.className = CSS + 'heading';
    const typeKey = 'type.' + bo.$type;
    const typeName = t(typeKey);
    heading.textContent = typeName === typeKey ? bo.$type.replace(/^bpmn:/, '') : typeName;
    this._container.appendChild(heading);

    this._container.appendChild(this._readonlyField('id', t('id'), bo.id));

    if (is(bo, 'bpmn:Process') || is(bo, 'bpmn:Participant')) {
      this._renderProcess(element);
      return;
    }
    if (!root) {
      this._container.appendChild(this._textField('name', t('name'), bo.name || '', (value) => {
        this._modeling.updateProperties(element, { name: value === '' ? undefined : value });
      }));
    }

    if (is(bo, 'bpmn:UserTask')) {
      this._renderUserTask(element);
    } else if (is(bo, 'bpmn:ServiceTask')) {
      this._renderServiceTask(element);
    } else if (is(bo, 'bpmn:SequenceFlow') && bo.sourceRef && is(bo.sourceRef, 'bpmn:ExclusiveGateway')) {
      this._renderCondition(element);
    }
  }

  // --- process -------------------------------------------------------------------------------------------------

  _renderProcess(element) {
    const t = this._t;
    const bo = element.businessObject;
    // A pool's properties live on its participant (name) and its process (history time to live).
    const process = is(bo, 'bpmn:Participant') ? bo.processRef : bo;

    const nameLabel = is(bo, 'bpmn:Participant') ? t('name') : t('processName');
    this._container.appendChild(this._textField('name', nameLabel, bo.name || '', (value) => {
      this._modeling.updateProperties(element, { name: value === '' ? undefined : value });
    }));

    if (!process) {
      return;
    }
    const current = process.get('camunda:historyTimeToLive');
    this._container.appendChild(this._textField('historyTimeToLive', t('historyTimeToLive'),
      current === undefined || current === null ? '' : String(current),
      (value) => {
        this._modeling.updateModdleProperties(element, process, {
          'camunda:historyTimeToLive': value === '' ? undefined : value
        });
      },
      (value) => (value === '' || isHistoryTimeToLive(value) ? null : t('historyTimeToLiveInvalid'))));
  }

  // --- user task -----------------------------------------------------------------------------------------------

  _renderUserTask(element) {
    const t = this._t;
    const bo = element.businessObject;

    // Candidate group: ROLE@UNIT from two selects.
    const stored = bo.get('camunda:candidateGroups');
    const parsed = parseCandidateGroup(stored);
    const choice = this._pendingGroup || (parsed && !parsed.raw ? parsed : { role: '', unit: '' });
    const roles = catalogList(this._catalog, 'roles', 'code');
    const units = catalogList(this._catalog, 'units', 'code');

    const field = this._field(t('candidateGroup'));
    const roleSelect = this._select('role', t('role'),
      this._options(roles, 'code', choice.role, t('choose')), choice.role || '');
    const unitSelect = this._select('unit', t('unit'),
      this._options(units, 'code', choice.unit, t('choose')), choice.unit || '');
    if (parsed && parsed.raw && !this._pendingGroup) {
      // Not one ROLE@UNIT: shown, kept until both selects are chosen.
      field.appendChild(this._hint(t('currentValue', { value: parsed.raw })));
    }
    field.appendChild(roleSelect);
    field.appendChild(unitSelect);
    const onGroupChange = () => {
      const role = roleSelect.value;
      const unit = unitSelect.value;
      const value = formatCandidateGroup(role, unit);
      if (value) {
        this._pendingGroup = null;
        if (value !== stored) {
          this._modeling.updateProperties(element, { 'camunda:candidateGroups': value });
        }
      } else if (!role && !unit) {
        this._pendingGroup = null;
        if (stored !== undefined) {
          this._modeling.updateProperties(element, { 'camunda:candidateGroups': undefined });
        }
      } else {
        this._pendingGroup = { role, unit };
        this._show(element, true);
      }
    };
    roleSelect.addEventListener('change', onGroupChange);
    unitSelect.addEventListener('change', onGroupChange);
    if (this._pendingGroup) {
      field.appendChild(this._hint(t('candidateGroupIncomplete')));
    }
    this._container.appendChild(field);

    // Form key.
    const forms = catalogList(this._catalog, 'forms', 'key');
    this._container.appendChild(this._selectField('formKey', t('form'),
      this._options(forms, 'key', bo.get('camunda:formKey'), t('none')),
      bo.get('camunda:formKey') || '',
      (value) => this._modeling.updateProperties(element, { 'camunda:formKey': value === '' ? undefined : value })));

    this._renderDueDate(element);
  }

  _renderDueDate(element) {
    const t = this._t;
    const bo = element.businessObject;
    const current = bo.get('camunda:dueDate');
    const dueDates = catalogList(this._catalog, 'dueDates', 'expression');
    const inCatalog = current && dueDates.some((entry) => entry.expression === current);
    const duration = current && !inCatalog && isIsoDuration(current);

    const options = [ { value: '', label: t('none') } ]
      .concat(dueDates.map((entry) => ({ value: entry.expression, label: entry.label || entry.expression })))
      .concat([ { value: CUSTOM_DURATION, label: t('dueDateCustom') } ]);
    let selected = current || '';
    if (duration) {
      selected = CUSTOM_DURATION;
    } else if (current && !inCatalog) {
      options.push({ value: KEEP_CURRENT, label: t('currentValue', { value: current }) });
      selected = KEEP_CURRENT;
    }

    const field = this._field(t('dueDate'));
    const select = this._select('dueDate', t('dueDate'), options, selected);
    field.appendChild(select);

    const input = document.createElement('input');
    input.type = 'text';
    input.setAttribute('data-key', 'dueDateDuration');
    input.setAttribute('aria-label', t('dueDateDuration'));
    input.placeholder = t('dueDateDuration');
    input.value = duration ? current : '';
    input.hidden = selected !== CUSTOM_DURATION;
    field.appendChild(input);
    const error = this._error();
    field.appendChild(error);

    const write = (value) => {
      if ((value || undefined) !== (current || undefined)) {
        this._modeling.updateProperties(element, { 'camunda:dueDate': value || undefined });
      }
    };
    select.addEventListener('change', () => {
      if (select.value === CUSTOM_DURATION) {
        // Written once a valid duration is typed.
        input.hidden = false;
        input.focus();
      } else if (select.value !== KEEP_CURRENT) {
        write(select.value);
      }
    });
    input.addEventListener('change', () => {
      const value = input.value.trim().toUpperCase();
      if (value === '' || isIsoDuration(value)) {
        this._setError(input, error, null);
        write(value);
      } else {
        this._setError(input, error, t('dueDateInvalid'));
      }
    });
    this._container.appendChild(field);
  }

  // --- service task --------------------------------------------------------------------------------------------

  _renderServiceTask(element) {
    const t = this._t;
    const bo = element.businessObject;
    const actions = catalogList(this._catalog, 'actions', 'expression');
    const current = bo.get('camunda:expression');

    this._container.appendChild(this._selectField('expression', t('action'),
      this._options(actions, 'expression', current, t('none')),
      current || '',
      (value) => {
        const properties = { 'camunda:expression': value === '' ? undefined : value };
        // One implementation only: an expression replaces a class, delegate expression or external topic.
        [ 'camunda:class', 'camunda:delegateExpression', 'camunda:type', 'camunda:topic' ].forEach((name) => {
          if (value !== '' && bo.get(name) !== undefined) {
            properties[name] = undefined;
          }
        });
        this._modeling.updateProperties(element, properties);
      }));
  }

  // --- sequence flow leaving an exclusive gateway --------------------------------------------------------------

  _renderCondition(element) {
    const t = this._t;
    const bo = element.businessObject;
    const gateway = element.source;
    const conditions = catalogList(this._catalog, 'conditions', 'expression');
    const isDefault = bo.sourceRef.default === bo;
    const body = bo.conditionExpression ? bo.conditionExpression.body : undefined;

    const options = [
      { value: '', label: t('conditionNone') },
      { value: DEFAULT_FLOW, label: t('conditionDefault') }
    ].concat(conditions.map((entry) => ({ value: entry.expression, label: entry.label || entry.expression })));
    let selected = isDefault ? DEFAULT_FLOW : (body || '');
    if (body && !conditions.some((entry) => entry.expression === body)) {
      options.push({ value: KEEP_CURRENT, label: t('currentValue', { value: body }) });
      selected = KEEP_CURRENT;
    }

    this._container.appendChild(this._selectField('condition', t('condition'), options, selected, (value) => {
      if (value === KEEP_CURRENT) {
        return;
      }
      if (value === DEFAULT_FLOW) {
        // bpmn-js removes the flow's condition when it becomes the default.
        this._modeling.updateProperties(gateway, { default: bo });
      } else if (value === '') {
        this._batch([
          () => isDefault && this._modeling.updateProperties(gateway, { default: undefined }),
          () => bo.conditionExpression && this._modeling.updateProperties(element, { conditionExpression: undefined })
        ]);
      } else {
        // bpmn-js drops the gateway's default when its default flow gets a condition.
        const expression = this._bpmnFactory.create('bpmn:FormalExpression', { body: value });
        this._modeling.updateProperties(element, { conditionExpression: expression });
      }
    }));
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  _batch(steps) {
    this._commandStack.execute(BATCH_COMMAND, { steps });
  }

  /** Options for a catalog select: an empty choice, the catalog, and the current value if the catalog lacks it. */
  _options(list, key, current, emptyLabel) {
    const options = [ { value: '', label: emptyLabel } ]
      .concat(list.map((entry) => ({ value: entry[key], label: entry.label || entry[key] })));
    if (current && !list.some((entry) => entry[key] === current)) {
      options.push({ value: current, label: this._t('currentValue', { value: current }) });
    }
    return options;
  }

  _field(labelText) {
    const field = document.createElement('div');
    field.className = CSS + 'field';
    const label = document.createElement('span');
    label.className = CSS + 'label';
    label.textContent = labelText;
    field.appendChild(label);
    return field;
  }

  _readonlyField(key, labelText, value) {
    const field = document.createElement('label');
    field.className = CSS + 'field';
    const label = document.createElement('span');
    label.className = CSS + 'label';
    label.textContent = labelText;
    const input = document.createElement('input');
    input.type = 'text';
    input.readOnly = true;
    input.value = value || '';
    input.setAttribute('data-key', key);
    field.appendChild(label);
    field.appendChild(input);
    return field;
  }

  /** A text input written on "change" (Enter or leaving the field); validate returns an error text or null. */
  _textField(key, labelText, value, write, validate) {
    const field = document.createElement('label');
    field.className = CSS + 'field';
    const label = document.createElement('span');
    label.className = CSS + 'label';
    label.textContent = labelText;
    const input = document.createElement('input');
    input.type = 'text';
    input.value = value;
    input.setAttribute('data-key', key);
    const error = this._error();
    input.addEventListener('change', () => {
      const next = input.value.trim();
      const problem = validate ? validate(next) : null;
      this._setError(input, error, problem);
      if (!problem && next !== value) {
        write(next);
      }
    });
    field.appendChild(label);
    field.appendChild(input);
    field.appendChild(error);
    return field;
  }

  _select(key, labelText, options, selected) {
    const select = document.createElement('select');
    select.setAttribute('data-key', key);
    select.setAttribute('aria-label', labelText);
    options.forEach((option) => {
      const element = document.createElement('option');
      element.value = option.value;
      element.textContent = option.label;
      select.appendChild(element);
    });
    select.value = selected;
    return select;
  }

  _selectField(key, labelText, options, selected, write) {
    const field = this._field(labelText);
    const select = this._select(key, labelText, options, selected);
    select.addEventListener('change', () => {
      if (select.value !== selected) {
        write(select.value);
      }
    });
    field.appendChild(select);
    return field;
  }

  _hint(text) {
    const hint = document.createElement('span');
    hint.className = CSS + 'hint';
    hint.textContent = text;
    return hint;
  }

  _error() {
    const error = document.createElement('span');
    error.className = CSS + 'error';
    error.setAttribute('role', 'alert');
    error.hidden = true;
    return error;
  }

  _setError(input, error, text) {
    error.textContent = text || '';
    error.hidden = !text;
    input.classList.toggle(CSS + 'invalid', Boolean(text));
    input.setAttribute('aria-invalid', text ? 'true' : 'false');
  }
}
