def extract(doc, meta, section_of):
    return []
