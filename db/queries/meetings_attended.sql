-- Meetings a person attended
-- Every meeting where a name like the one given appears among the attendees, newest first, with how they
-- attended (present, virtual, apologies ...) and their role. Names are as printed: try a surname.
select m.date, m.body, m.authority, a.name, a.role, a.status, doc.filename, a.page, m.id as meeting_id
from attendees a
join meetings m on m.id = a.meeting_id
join documents doc on doc.id = m.document_id
where a.name like '%' || :name || '%'
order by m.date desc, a.name
limit 500
