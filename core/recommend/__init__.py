"""Recommendation: accept / decline / ask with a confidence and reasons (see `verdict`)."""

from linkvet.core.recommend.rules import CONDITIONS, Rule, RuleError, parse_rules
from linkvet.core.recommend.settings import RecommendSettings
from linkvet.core.recommend.verdict import recommend

__all__ = ["CONDITIONS", "RecommendSettings", "Rule", "RuleError", "parse_rules", "recommend"]
