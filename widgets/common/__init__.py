"""Pieces every view shares: the record table model and its columns, formatting, and image helpers.
Nothing here fetches: views are passive, controllers in `app/` load and push data in."""
