from storyline.disjoint import DisjointSet


def test_union_keeps_the_second_representative_and_groups_in_given_order():
    s = DisjointSet(["a", "b", "c", "d"])
    s.union("a", "b")
    s.union("c", "b")
    assert s.find("a") == s.find("c") == "b" and s.find("d") == "d"
    assert dict(s.groups()) == {"b": ["a", "b", "c"], "d": ["d"]}
    s.union("a", "c")  # already one set: nothing changes
    assert s.find("b") == "b"
