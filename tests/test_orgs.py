import pytest

from kg.extract.orgs import org_at
from kg.extract.text import tokenize


def org(text):
    found = org_at(text, tokenize(text), 0)
    return (found[1].name, found[1].kind) if found else None


@pytest.mark.parametrize("text, expected", [
    ("Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh tổ chức", ("Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh", "PartyOrganization")),
    ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã", ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "PartyCommittee")),
    ("Ban Thường vụ Tỉnh ủy và các đồng chí", ("Ban Thường vụ Tỉnh ủy", "StandingCommittee")),
    ("UBND tỉnh Hà Giang, ", ("UBND tỉnh Hà Giang", "PeoplesCommittee")),
    ("Hội Cựu chiến binh huyện Yên Minh tổ chức", ("Hội Cựu chiến binh huyện Yên Minh", "MassOrganization")),
    ("Đoàn TNCS Hồ Chí Minh tỉnh", ("Đoàn TNCS Hồ Chí Minh tỉnh", "MassOrganization")),
    ("Chi bộ Báo Lạng Sơn đẩy mạnh", ("Chi bộ Báo Lạng Sơn", "PartyCell")),
    ("Ủy ban Kiểm tra Huyện ủy Bắc Mê", ("Ủy ban Kiểm tra Huyện ủy Bắc Mê", "InspectionCommission")),
    ("các đại biểu", None),
    ("Tại hội nghị", None),
])
def test_organization_names(text, expected):
    assert org(text) == expected
