"""Hardware for the intake station (card reader, camera) and simulated twins; no Qt."""

import os

# OpenCV writes its own warnings (a camera index that does not open, a backend probe) to
# stderr when it is imported and used; the camera code reports those states itself, in the
# officer's language. Set before the first `import cv2` anywhere below; an explicit
# OPENCV_LOG_LEVEL from IT still wins.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
