"""Recommendation: accept / decline / ask with a confidence and reasons (see `verdict`)."""

from core.recommend.rules import CONDITIONS, Rule, RuleError, parse_rules
from core.recommend.settings import RecommendSettings
from core.recommend.verdict import recommend

__all__ = ["CONDITIONS", "RecommendSettings", "Rule", "RuleError", "parse_rules", "recommend"]
