"""The chart's clinical photo gallery and the comparison of two photos."""

from mesodesk.ui.pages.chart.photos.compare import CompareDialog, first_and_latest
from mesodesk.ui.pages.chart.photos.tab import PhotosTab

__all__ = ["CompareDialog", "PhotosTab", "first_and_latest"]
