// English fallbacks for every text the designer shows. The page passes its own (Vietnamese) texts through
// options.labels; a key it leaves out falls back to the text here.
export const DEFAULT_LABELS = {
  panelTitle: 'Properties',
  id: 'ID',
  name: 'Name',
  processName: 'Process name',
  historyTimeToLive: 'Keep history (days)',
  historyTimeToLiveInvalid: 'Enter a whole number of days, e.g. 3650.',
  candidateGroup: 'Candidate group',
  role: 'Role',
  unit: 'Unit',
  candidateGroupIncomplete: 'Choose both a role and a unit.',
  form: 'Form',
  dueDate: 'Due date',
  dueDateCustom: 'Other duration (ISO 8601)',
  dueDateDuration: 'Duration, e.g. P5D',
  dueDateInvalid: 'Enter an ISO 8601 duration, e.g. P5D or PT12H.',
  condition: 'Condition',
  conditionNone: 'No condition',
  conditionDefault: 'Default flow (taken when no other condition holds)',
  action: 'Action',
  none: '(none)',
  choose: '(choose)',
  currentValue: 'Current value: {value}',
  importError: 'The diagram could not be opened.',
  'type.bpmn:Process': 'Process',
  'type.bpmn:Collaboration': 'Collaboration',
  'type.bpmn:Participant': 'Pool',
  'type.bpmn:Lane': 'Lane',
  'type.bpmn:UserTask': 'User task',
  'type.bpmn:ServiceTask': 'Service task',
  'type.bpmn:Task': 'Task',
  'type.bpmn:ExclusiveGateway': 'Exclusive gateway',
  'type.bpmn:ParallelGateway': 'Parallel gateway',
  'type.bpmn:StartEvent': 'Start event',
  'type.bpmn:EndEvent': 'End event',
  'type.bpmn:BoundaryEvent': 'Boundary event',
  'type.bpmn:IntermediateCatchEvent': 'Intermediate event',
  'type.bpmn:IntermediateThrowEvent': 'Intermediate event',
  'type.bpmn:SequenceFlow': 'Sequence flow',
  'type.bpmn:TextAnnotation': 'Text annotation'
};

/**
 * Returns a function that looks a label up: the page's text first, then the fallback, then the key itself.
 * "{name}" placeholders are replaced from the second argument.
 */
export function createTranslator(labels) {
  const own = labels && typeof labels === 'object' ? labels : {};
  return function t(key, params) {
    let text = typeof own[key] === 'string' ? own[key] : DEFAULT_LABELS[key];
    if (text === undefined) {
      text = key;
    }
    if (params) {
      text = text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
    }
    return text;
  };
}
