"""The live view (issue 31): a camera or a video as a camera, answered as fast as the CPU allows, latest frame first.

Imported only when the live view opens, so the camera stack (Qt Multimedia, PyAV) never costs the window's launch.
"""
