from kg.extract.documents import extract_documents
from kg.facts import Sentence


def docs(text):
    return [(d.kind, d.number, d.date, d.issuer.name if d.issuer else None)
            for d in extract_documents(Sentence(0, text, 0, len(text)))]


def test_directive_with_issuer():
    assert docs("theo đúng tinh thần Chỉ thị số 35-CT/TW của Bộ Chính trị; nghiêm túc thực hiện") == [
        ("Chỉ thị", "35-CT/TW", None, "Bộ Chính trị")]


def test_two_regulations_in_one_sentence_with_dates():
    assert docs("quán triệt Quy định số 205- QĐ/TW ngày 23/9/2019 của Bộ chính trị và Quy định số 28-QĐ/TU "
                "ngày 23/3/2020 của Ban Chấp hành Đảng bộ tỉnh về thực hiện kiểm soát quyền lực") == [
        ("Quy định", "205-QĐ/TW", "2019-09-23", "Bộ chính trị"),
        ("Quy định", "28-QĐ/TU", "2020-03-23", "Ban Chấp hành Đảng bộ tỉnh")]


def test_date_after_a_comma_and_issuer_before_the_term():
    assert docs("thực hiện Nghị quyết số 48-NQ/TU, ngày 15-11-2021 của BCH Đảng bộ tỉnh (khóa XVII) về chuyển "
                "đổi số") == [("Nghị quyết", "48-NQ/TU", "2021-11-15", "BCH Đảng bộ tỉnh")]


def test_issuer_from_the_number_when_not_named():
    assert docs("triển khai Kết luận số 21-KL/TW về tiếp tục xây dựng, chỉnh đốn Đảng") == [
        ("Kết luận", "21-KL/TW", None, "Trung ương")]


def test_short_references():
    assert docs("thực hiện Chỉ thị 05 về đẩy mạnh học tập") == [("Chỉ thị", "05", None, None)]
    assert docs("xây dựng Kế hoạch 5 năm") == []
