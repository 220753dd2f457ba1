"""Compare: several models on one folder — table, curves, matrices, F1, disagreements, Try a Photo."""
