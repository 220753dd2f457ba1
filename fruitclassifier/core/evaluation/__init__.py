"""Measuring models on a labelled folder: metrics, verdicts, cached comparisons, reports and figures."""
