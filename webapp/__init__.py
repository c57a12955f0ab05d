"""The Dash explorer. Reads through graph/ only."""
