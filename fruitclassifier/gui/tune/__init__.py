"""Tune: a hyper-parameter study's form, trials table and plots."""
