"""The control-room wall's server side: one cached summary of a scope's KPIs (issue 14)."""
