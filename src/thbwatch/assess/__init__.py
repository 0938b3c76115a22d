"""Assessment: questionnaire rounds (XLSForm), answers, analysis over time, reports.

A round pins one questionnaire version; answers come from respondents' token links (web)
or from KoboToolbox/ODK exports; the report compares a round with an earlier one and sets
the questionnaire results beside the landscape seen in the monitoring data.
"""
