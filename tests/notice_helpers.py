"""A minimal notice around a body invented for a test: 丙县's office, issued 2027-02-06.

Shared by the extraction tests that check what is no duty (test_extract_not_a_duty.py,
test_extract_precision.py); ``task_with`` by the tests that pick one task out of a result;
``table_tasks`` by the tests of quota and target lists, each with a notice of its own.
"""

from tracker.extract import extract_text

HEAD = ("丙政办发〔2027〕3号\n\n丙县人民政府办公室关于做好若干工作的通知\n\n各镇人民政府：\n\n")
SIGN = "\n\n丙县人民政府办公室\n2027年2月6日\n"


def run(body: str):
    """The extraction of ``body`` inside the notice."""
    return extract_text(HEAD + body + SIGN)


def titles(r):
    """The titles of the tasks found, for an assertion's message."""
    return [t.title for t in r.tasks]


def task_with(result, words: str):
    """The first task of ``result`` whose text holds ``words``."""
    return next(t for t in result.tasks if words in t.text)


def table_tasks(text: str):
    """The `table` tasks extracted from a whole notice ``text``."""
    return [t for t in extract_text(text).tasks if t.kind == "table"]
