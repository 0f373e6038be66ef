"""Benchmarks: each prints `bench NAME: value=… floor=… ratio=… goal=… ok|over`.

A floor is the simplest way to do the same work, measured in the same run on the same machine,
so ratios stay comparable from run to run on noisy hardware.
"""
