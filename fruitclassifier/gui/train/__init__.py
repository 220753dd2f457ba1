"""Train: the settings form per network, the data panel, live curves, several machines."""
