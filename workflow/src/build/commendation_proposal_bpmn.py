"""Generates commendation-proposal.bpmn (process + diagram layout) so that ids, names and the layout stay in one
readable table. Run: python3 workflow/src/build/commendation_proposal_bpmn.py > workflow/src/main/resources/processes/commendation-proposal.bpmn
"""
from xml.sax.saxutils import escape

W, H = 120, 80
nodes = []   # (id, kind, name, col, row, attrs, extra)
flows = []   # (id, source, target, name, condition)

def node(id, kind, name, col, row, attrs="", extra=""):
    nodes.append((id, kind, name, col, row, attrs, extra))

def flow(id, s, t, name=None, cond=None):
    flows.append((id, s, t, name, cond))

RESET = '<bpmn:extensionElements><camunda:executionListener event="start" expression="${execution.removeVariable(\'decision\')}"/></bpmn:extensionElements>'

node("StartEvent_ProposalSubmitted", "startEvent", "Cán bộ thi đua trình hồ sơ", 0, 0)
node("Task_UnitHeadReview", "userTask", "Thủ trưởng đơn vị xem xét", 1, 0,
     'camunda:candidateGroups="UNIT_LEADER@${unitCode}" camunda:formKey="tdkt:unit-head-review"', RESET)
node("Gateway_UnitHeadDecision", "exclusiveGateway", "Quyết định của thủ trưởng?", 2, 0)
node("Task_ReviseProposal", "userTask", "Cán bộ thi đua bổ sung, trình lại", 2, 1,
     'camunda:candidateGroups="CLERK@${unitCode}" camunda:formKey="tdkt:revise-proposal"')
node("EndEvent_RejectedAtUnit", "endEvent", "Thủ trưởng không đề nghị", 2, -1)
node("Task_CouncilVote", "userTask", "Thư ký hội đồng ghi kết quả bỏ phiếu", 3, 0,
     'camunda:candidateGroups="COUNCIL_SECRETARY@${unitCode}" camunda:formKey="tdkt:council-vote"', RESET)
node("Gateway_VotePassed", "exclusiveGateway", "Đạt tỷ lệ phiếu?", 4, 0)
node("EndEvent_NotProposed", "endEvent", "Không đủ phiếu, không đề nghị", 4, -1)
node("Gateway_Authority", "exclusiveGateway", "Thuộc thẩm quyền đơn vị?", 5, 0)
node("Task_UnitDecision", "userTask", "Thủ trưởng ký quyết định khen thưởng", 5, -1,
     'camunda:candidateGroups="UNIT_LEADER@${unitCode}" camunda:formKey="tdkt:decision"', RESET)
node("ServiceTask_RegisterUnitAwards", "serviceTask", "Ghi sổ khen thưởng, thông báo", 6, -1,
     'camunda:expression="${processActions.recordDecision(execution)}"')
node("EndEvent_DecidedAtUnit", "endEvent", "Đơn vị đã quyết định", 7, -1)
node("Task_Reception", "userTask", "Ban TĐKT tiếp nhận, kiểm tra hồ sơ", 6, 0,
     'camunda:candidateGroups="APPRAISER@BAN_TDKT" camunda:formKey="tdkt:reception"', RESET)
node("Gateway_Reception", "exclusiveGateway", "Hồ sơ đầy đủ?", 7, 0)
node("Task_Supplement", "userTask", "Cán bộ thi đua bổ sung hồ sơ (một lần)", 7, 1,
     'camunda:candidateGroups="CLERK@${unitCode}" camunda:formKey="tdkt:supplement" camunda:dueDate="${supplementDue}"')
node("Timer_SupplementExpired", "boundaryEvent", "Hết hạn bổ sung", 7.25, 1.27,
     'attachedToRef="Task_Supplement" cancelActivity="true"',
     '<bpmn:timerEventDefinition id="TimerDef_SupplementExpired"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${supplementDue}</bpmn:timeDate></bpmn:timerEventDefinition>')
node("ServiceTask_SupplementExpired", "serviceTask", "Ghi nhận quá hạn, báo đơn vị", 8, 2,
     'camunda:expression="${processActions.supplementExpired(execution)}"')
node("EndEvent_SupplementExpired", "endEvent", "Quá hạn bổ sung, trả hồ sơ", 9, 2)
node("Task_ReceptionAfterSupplement", "userTask", "Ban TĐKT tiếp nhận hồ sơ đã bổ sung", 6, 1,
     'camunda:candidateGroups="APPRAISER@BAN_TDKT" camunda:formKey="tdkt:reception-final"', RESET)
node("Gateway_ReceptionAfterSupplement", "exclusiveGateway", "Hồ sơ đầy đủ?", 5, 1)
node("EndEvent_RefusedAtReception", "endEvent", "Từ chối tiếp nhận", 7.6, -1.7)
node("Task_Appraisal", "userTask", "Thẩm định hồ sơ (25 ngày làm việc)", 8, 0,
     'camunda:candidateGroups="APPRAISER@BAN_TDKT" camunda:formKey="tdkt:appraisal" camunda:dueDate="${appraisalDue}"', RESET)
node("Timer_AppraisalReminder", "boundaryEvent", "Ngày làm việc thứ 20", 7.85, 0.27,
     'attachedToRef="Task_Appraisal" cancelActivity="false"',
     '<bpmn:timerEventDefinition id="TimerDef_AppraisalReminder"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${appraisalReminder}</bpmn:timeDate></bpmn:timerEventDefinition>')
node("ServiceTask_RemindAppraiser", "serviceTask", "Nhắc chuyên viên thẩm định", 8.5, 1,
     'camunda:expression="${processActions.remind(execution)}"')
node("EndEvent_Reminded", "endEvent", "Đã nhắc", 9, 1)
node("Timer_AppraisalOverdue", "boundaryEvent", "Quá hạn thẩm định", 8.2, 0.27,
     'attachedToRef="Task_Appraisal" cancelActivity="false"',
     '<bpmn:timerEventDefinition id="TimerDef_AppraisalOverdue"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${appraisalDue}</bpmn:timeDate></bpmn:timerEventDefinition>')
node("ServiceTask_Escalate", "serviceTask", "Báo Trưởng ban TĐKT", 9.5, 1.6,
     'camunda:expression="${processActions.escalate(execution)}"')
node("EndEvent_Escalated", "endEvent", "Đã báo cáo", 10.3, 1.6)
node("Gateway_Appraisal", "exclusiveGateway", "Kết quả thẩm định?", 9, 0)
node("EndEvent_NotCommended", "endEvent", "Không khen thưởng, đã thông báo lý do", 9, -1.2)
node("Gateway_StateLevel", "exclusiveGateway", "Khen thưởng cấp Nhà nước?", 10, 0)
node("Timer_PublicNoticeEnds", "intermediateCatchEvent", "Hết 10 ngày làm việc lấy ý kiến", 10, -1,
     "", '<bpmn:timerEventDefinition id="TimerDef_PublicNoticeEnds"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${publicNoticeEnds}</bpmn:timeDate></bpmn:timerEventDefinition>')
node("Task_RecordNoticeComments", "userTask", "Tổng hợp ý kiến công khai", 11, -1,
     'camunda:candidateGroups="APPRAISER@BAN_TDKT" camunda:formKey="tdkt:public-notice"')
node("Task_Decision", "userTask", "Lãnh đạo ký quyết định khen thưởng", 11, 0,
     'camunda:candidateGroups="APPROVER@BAN_TDKT" camunda:formKey="tdkt:decision"', RESET)
node("Gateway_Decision", "exclusiveGateway", "Quyết định?", 12, 0)
node("ServiceTask_RegisterAwards", "serviceTask", "Ghi sổ khen thưởng, thông báo", 13, 0,
     'camunda:expression="${processActions.recordDecision(execution)}"')
node("EndEvent_Decided", "endEvent", "Đã quyết định khen thưởng", 14, 0)
node("ServiceTask_NotifyNotCommended", "serviceTask", "Thông báo không khen thưởng", 12, 1,
     'camunda:expression="${processActions.notifyNotCommended(execution)}"')
node("EndEvent_DecisionRefused", "endEvent", "Không khen thưởng", 13, 1)
node("ServiceTask_NotifyAppraisalRefused", "serviceTask", "Thông báo lý do không khen thưởng", 9, -0.6,
     'camunda:expression="${processActions.notifyNotCommended(execution)}"')

D = lambda v: "${decision == '%s'}" % v
flow("Flow_ToUnitHeadReview", "StartEvent_ProposalSubmitted", "Task_UnitHeadReview")
flow("Flow_ToUnitHeadDecision", "Task_UnitHeadReview", "Gateway_UnitHeadDecision")
flow("Flow_UnitHeadApproved", "Gateway_UnitHeadDecision", "Task_CouncilVote", "Duyệt", D("APPROVE"))
flow("Flow_UnitHeadReturned", "Gateway_UnitHeadDecision", "Task_ReviseProposal", "Trả lại", D("RETURN"))
flow("Flow_UnitHeadRejected", "Gateway_UnitHeadDecision", "EndEvent_RejectedAtUnit", "Không đề nghị", D("REJECT"))
flow("Flow_Resubmitted", "Task_ReviseProposal", "Task_UnitHeadReview")
flow("Flow_ToVoteResult", "Task_CouncilVote", "Gateway_VotePassed")
flow("Flow_VoteFailed", "Gateway_VotePassed", "EndEvent_NotProposed", "Không đạt", "${!votePassed}")
flow("Flow_VotePassed", "Gateway_VotePassed", "Gateway_Authority", "Đạt", "${votePassed}")
flow("Flow_WithinUnitAuthority", "Gateway_Authority", "Task_UnitDecision", "Đơn vị quyết định", "${decidedByUnit}")
flow("Flow_ToBoard", "Gateway_Authority", "Task_Reception", "Trình cấp trên", "${!decidedByUnit}")
flow("Flow_UnitDecided", "Task_UnitDecision", "ServiceTask_RegisterUnitAwards")
flow("Flow_UnitRegistered", "ServiceTask_RegisterUnitAwards", "EndEvent_DecidedAtUnit")
flow("Flow_ToReceptionResult", "Task_Reception", "Gateway_Reception")
flow("Flow_Accepted", "Gateway_Reception", "Task_Appraisal", "Đầy đủ", D("ACCEPT"))
flow("Flow_ReturnedForSupplement", "Gateway_Reception", "Task_Supplement", "Hướng dẫn bổ sung", D("RETURN"))
flow("Flow_RefusedAtReception", "Gateway_Reception", "EndEvent_RefusedAtReception", "Từ chối", D("REFUSE"))
flow("Flow_Supplemented", "Task_Supplement", "Task_ReceptionAfterSupplement")
flow("Flow_SupplementExpired", "Timer_SupplementExpired", "ServiceTask_SupplementExpired")
flow("Flow_SupplementExpiredNotified", "ServiceTask_SupplementExpired", "EndEvent_SupplementExpired")
flow("Flow_ToFinalReceptionResult", "Task_ReceptionAfterSupplement", "Gateway_ReceptionAfterSupplement")
flow("Flow_AcceptedAfterSupplement", "Gateway_ReceptionAfterSupplement", "Task_Appraisal", "Đầy đủ", D("ACCEPT"))
flow("Flow_RefusedAfterSupplement", "Gateway_ReceptionAfterSupplement", "EndEvent_RefusedAtReception", "Từ chối", D("REFUSE"))
flow("Flow_Remind", "Timer_AppraisalReminder", "ServiceTask_RemindAppraiser")
flow("Flow_Reminded", "ServiceTask_RemindAppraiser", "EndEvent_Reminded")
flow("Flow_Escalate", "Timer_AppraisalOverdue", "ServiceTask_Escalate")
flow("Flow_Escalated", "ServiceTask_Escalate", "EndEvent_Escalated")
flow("Flow_ToAppraisalResult", "Task_Appraisal", "Gateway_Appraisal")
flow("Flow_AppraisalRefused", "Gateway_Appraisal", "ServiceTask_NotifyAppraisalRefused", "Không đủ điều kiện", D("REFUSE"))
flow("Flow_AppraisalRefusedNotified", "ServiceTask_NotifyAppraisalRefused", "EndEvent_NotCommended")
flow("Flow_AppraisalPassed", "Gateway_Appraisal", "Gateway_StateLevel", "Trình khen thưởng", D("PROPOSE"))
flow("Flow_StateLevel", "Gateway_StateLevel", "Timer_PublicNoticeEnds", "Cấp Nhà nước: công khai", "${stateLevel}")
flow("Flow_ProvinceLevel", "Gateway_StateLevel", "Task_Decision", "Cấp tỉnh", "${!stateLevel}")
flow("Flow_NoticeEnded", "Timer_PublicNoticeEnds", "Task_RecordNoticeComments")
flow("Flow_NoticeRecorded", "Task_RecordNoticeComments", "Task_Decision")
flow("Flow_ToDecisionResult", "Task_Decision", "Gateway_Decision")
flow("Flow_Decided", "Gateway_Decision", "ServiceTask_RegisterAwards", "Khen thưởng", D("DECIDE"))
flow("Flow_DecisionRefused", "Gateway_Decision", "ServiceTask_NotifyNotCommended", "Không khen thưởng", D("REFUSE"))
flow("Flow_Registered", "ServiceTask_RegisterAwards", "EndEvent_Decided")
flow("Flow_NotCommendedNotified", "ServiceTask_NotifyNotCommended", "EndEvent_DecisionRefused")

def size(kind):
    if kind in ("startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent"):
        return 36, 36
    if kind == "exclusiveGateway":
        return 50, 50
    return W, H

def pos(col, row, kind):
    w, h = size(kind)
    cx = 80 + col * 170 + 60
    cy = 260 + row * 150 + 40
    return cx - w / 2, cy - h / 2, w, h

out = []
out.append('<?xml version="1.0" encoding="UTF-8"?>')
out.append('<!-- Generated by workflow/src/build/commendation_proposal_bpmn.py: edit the table there, not this file. -->')
out.append('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_CommendationProposal" targetNamespace="http://tdkt.vn/bpmn">')
out.append('  <bpmn:process id="commendation-proposal" name="Đề nghị khen thưởng" isExecutable="true" camunda:historyTimeToLive="P3650D">')
incoming = {}
outgoing = {}
for f in flows:
    outgoing.setdefault(f[1], []).append(f[0])
    incoming.setdefault(f[2], []).append(f[0])
for (id, kind, name, col, row, attrs, extra) in nodes:
    # BPMN's schema order: extension elements, then incoming/outgoing, then an event's definition.
    flows_xml = "".join('<bpmn:incoming>%s</bpmn:incoming>' % i for i in incoming.get(id, []))
    flows_xml += "".join('<bpmn:outgoing>%s</bpmn:outgoing>' % o for o in outgoing.get(id, []))
    inner = flows_xml + extra if "EventDefinition" in extra else extra + flows_xml
    a = (" " + attrs) if attrs else ""
    out.append('    <bpmn:%s id="%s" name="%s"%s>%s</bpmn:%s>' % (kind, id, escape(name, {'"': '&quot;'}), a, inner, kind))
for (id, s, t, name, cond) in flows:
    n = ' name="%s"' % escape(name) if name else ""
    if cond:
        out.append('    <bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression></bpmn:sequenceFlow>' % (id, n, s, t, escape(cond)))
    else:
        out.append('    <bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s"/>' % (id, n, s, t))
out.append('  </bpmn:process>')
out.append('  <bpmndi:BPMNDiagram id="Diagram_CommendationProposal"><bpmndi:BPMNPlane id="Plane_CommendationProposal" bpmnElement="commendation-proposal">')
geo = {}
for (id, kind, name, col, row, attrs, extra) in nodes:
    x, y, w, h = pos(col, row, kind)
    geo[id] = (x, y, w, h)
    marker = ' isMarkerVisible="true"' if kind == "exclusiveGateway" else ""
    out.append('    <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s><dc:Bounds x="%d" y="%d" width="%d" height="%d"/></bpmndi:BPMNShape>' % (id, id, marker, x, y, w, h))
for (id, s, t, name, cond) in flows:
    sx, sy, sw, sh = geo[s]
    tx, ty, tw, th = geo[t]
    out.append('    <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s"><di:waypoint x="%d" y="%d"/><di:waypoint x="%d" y="%d"/></bpmndi:BPMNEdge>' % (id, id, sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2))
out.append('  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
out.append('</bpmn:definitions>')
print("\n".join(out))
