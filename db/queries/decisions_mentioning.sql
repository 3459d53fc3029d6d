-- Decisions mentioning a term
-- Every decision whose text holds the words (as a phrase; stemmed, so "line" finds "lines"), newest meeting first,
-- with its body, agenda item, the matching passage and the page it is on.
select m.date, m.body, i.number as item, i.title as item_title, d.kind,
       snippet(decisions_fts, 0, '⟦', '⟧', ' … ', 30) as snippet,
       doc.filename, d.page, d.id as decision_id
from decisions_fts
join decisions d on d.rowid = decisions_fts.rowid
left join meetings m on m.id = d.meeting_id
left join agenda_items i on i.id = d.agenda_item_id
join documents doc on doc.id = d.document_id
where decisions_fts match '"' || replace(:term, '"', '') || '"'
order by m.date desc, d.page
limit 200
