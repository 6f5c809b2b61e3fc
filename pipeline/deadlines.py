def extract(doc, meta, mentions, section_of):
    return []
