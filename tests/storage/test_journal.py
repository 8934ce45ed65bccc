"""The store's record of what an operation changed (Store.recording, Repository.journal): before-images on
first touch, after-images at commit, across transactions, per thread; audit events and rolled-back
transactions leave nothing in it."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from emeeting.domain import model as m
from emeeting.domain.journal import ABSENT, RowImage
from emeeting.storage.store import Store


def test_each_row_keeps_its_first_before_image_and_its_last_after_image(store: Store) -> None:
    person = m.Person("สมชาย", "ใจดี")
    with store.transaction() as repo:
        repo.insert(person)
    renamed = dataclasses.replace(person, first_name="สมศักดิ์")
    again = dataclasses.replace(person, first_name="สมปอง")
    other = m.Person("สมหญิง", "รักเรียน")

    with store.recording() as recording:
        with store.transaction() as repo:
            repo.update(renamed)
            repo.update(again)
            repo.insert(other)
            repo.audit("update", m.Person, person.id)
        with store.transaction() as repo:
            repo.delete(m.Person, [other.id])

    rows = {(row.cls, row.id): row for row in recording.operation.rows}
    assert set(rows) == {(m.Person, person.id), (m.Person, other.id)}  # no audit event
    assert rows[(m.Person, person.id)].before == RowImage(person)
    assert rows[(m.Person, person.id)].after == RowImage(again)
    assert rows[(m.Person, other.id)].before == ABSENT
    assert rows[(m.Person, other.id)].after == RowImage(other, deleted=True)


def test_a_rolled_back_transaction_and_a_row_put_back_leave_nothing(store: Store) -> None:
    person = m.Person("สมชาย", "ใจดี")
    with store.transaction() as repo:
        repo.insert(person)
    with store.recording() as recording:
        with pytest.raises(RuntimeError), store.transaction() as repo:
            repo.update(dataclasses.replace(person, last_name="อื่น"))
            raise RuntimeError("refused")
        with store.transaction() as repo:
            repo.update(dataclasses.replace(person, last_name="อื่น"))
            repo.update(person)
    assert not recording.operation


def test_without_a_recording_nothing_is_kept_and_other_threads_are_not_recorded(store: Store) -> None:
    mine, theirs = m.Person("ของฉัน", "ทดสอบ"), m.Person("ของเขา", "ทดสอบ")

    def elsewhere() -> None:
        with store.transaction() as repo:
            repo.insert(theirs)

    with store.recording() as recording:
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
        with store.transaction() as repo:
            repo.insert(mine)
    assert [row.id for row in recording.operation.rows] == [mine.id]

    with store.transaction() as repo:
        repo.update(dataclasses.replace(mine, last_name="อื่น"))
        assert not repo.journal()


def test_a_recording_inside_another_adds_to_it(store: Store) -> None:
    first, second = m.Person("หนึ่ง", "ทดสอบ"), m.Person("สอง", "ทดสอบ")
    with store.recording() as outer:
        with store.transaction() as repo:
            repo.insert(first)
        with store.recording() as inner, store.transaction() as repo:
            repo.insert(second)
    assert [row.id for row in inner.operation.rows] == [second.id]
    assert [row.id for row in outer.operation.rows] == [first.id, second.id]
