"""Readers turn raw input into a `Page`. They are the only code that knows about encodings and DOMs."""
