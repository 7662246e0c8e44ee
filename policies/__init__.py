"""The authorisation matrix: policy files, decisions, grants, approvals and the audit chain."""
