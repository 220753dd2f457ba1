"""fruitclassifier: classify fruit photos, train and compare your own networks.

Importing the package must stay cheap: no TensorFlow, no Qt here.
"""

__version__ = "0.1.0"
