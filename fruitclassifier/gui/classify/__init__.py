"""Classify: drop photos, see answers, the detail pane and Grad-CAM, how readily to refuse."""
