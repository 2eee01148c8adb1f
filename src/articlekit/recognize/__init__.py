"""Recognisers: pure functions on one string (is this a byline? where is the date?), shared by the
classification stages, which decide roles, and the field builders, which extract values.
Every pattern here is linear: no nested quantifiers, bounded repetition, bounded input.
"""
