"""Tests of the emulator's chart model: index, validators, thumbnails and the chart builder."""
