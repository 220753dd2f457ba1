"""Synthetic real-world scenes built from Fruits-360 frames, for training and for measuring the default model.

Fruits-360 shows one fruit on white; users drop photos of a fruit on a table or in a hand,
a shop bin full of one kind, a few mixed fruits. These modules cut the fruit out of its
white background and build such scenes over real photos, with phone-camera effects.
"""
