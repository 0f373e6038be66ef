"""The framework editor for HR: create a framework from nothing or as a copy, edit every part of it
with the import's rules checked as you type, undo and redo, and save through the framework service."""
