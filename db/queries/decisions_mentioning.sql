-- Decisions mentioning a term
-- Every decision whose text matches the search term, newest meeting first, with its meeting, item and page.
select m.date, m.body, i.number as item, i.title as item_title, d.kind, d.text,
       doc.filename, d.page
from decisions_fts f
join decisions d on d.rowid = f.rowid
join meetings m on m.id = d.meeting_id
left join agenda_items i on i.id = d.agenda_item_id
join documents doc on doc.id = d.document_id
where decisions_fts match :term
order by m.date desc
limit 200
