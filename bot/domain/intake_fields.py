"""What the intake records, named once: the labels citizens and staff see for each detail, and the value of a
detail the citizen chose not to give."""

from __future__ import annotations

NOT_PROVIDED = "未提供"  # slot and case value of a skipped optional answer

# the label of each detail, as the summary, the corrections and the staff transcript show it
SLOT_LABELS: dict[str, str] = {
    "issue_text": "反映的问题",
    "category": "问题类别",
    "location": "问题发生地",
    "occurred_at": "发生时间",
    "respondent": "反映对象",
    "legal_status": "诉讼/仲裁情况",
    "prior_report": "此前反映情况",
    "people_count": "涉及人数",
    "petitioner_name": "姓名",
    "phone": "联系电话",
    "address": "通讯地址",
    "id_number": "身份证号",
    "contact_note": "联系时的要求",
    "route": "去向",
}
