#!/usr/bin/env python3
"""Quick author-side lint for scenario YAML (format v1) + per-row minute summary.
Not the engine: it only checks vocabulary/structure and prints charted minutes to help authors."""
import sys, re, os, yaml, datetime as dt
TOP={'format','id','title','difficulty','topics','setting','profile','policy','story','encounter','sites','mar','key','hints','teaching'}
ROW={'med','drug','class','route','site','order','necessity','volume','pump','planned','primary','bundled','entries'}
ENT={'at','action','rate','dose','purpose','reason','note'}
CLASSES={'chemotherapy','chemotherapy-hormonal','therapeutic','electrolyte','hydration','kvo','carrier','flush','blood','contrast','sedation','vaccine'}
ROUTES={r.lower() for r in ['IV push','IV infusion','IV piggyback','IV','IM','SubQ','SubQ infusion','intra-arterial','intracatheter','PO','SL','inhalation','nebulized','topical','transdermal','PR','intranasal','ophthalmic','otic','intradermal','intrathecal','epidural','intra-articular','intralesional']}
ACTS={'Given':["Given","Push","Administered","Bolus"],'New Bag':["New Bag","Started","Start","Infusion Started"],
'Rate Change':["Rate Change","Rate Verify","Verify","Bag Verified","Handoff","Dose Change"],'Paused':["Paused","Pause","On Hold"],
'Restarted':["Restarted","Resumed","Restart","MAR Unhold"],'Stopped':["Stopped","Stop","Completed","Infusion Completed","Discontinued"],
'Held':["Held","Not Given","Refused","Due","Missed","Patient Unavailable","MAR Hold","Automatically Held","Pending","Prepared","See Alternative"],
'Canceled Entry':["Canceled Entry","Cancelled Entry"],'Pump Refill':["Pump Refill","Refill"]}
SPELL=sorted([(s,a) for a,ss in ACTS.items() for s in ss],key=lambda x:-len(x[0]))
EVENTS=['ed arrival','arrival','observation order','inpatient order','discharge']
def act(word):
    for s,a in SPELL:
        if word.lower()==s.lower() or word.lower().startswith(s.lower()+' '): return a,s
    return None,None
def main(path):
    errs=[]; d=yaml.safe_load(open(path))
    fid=os.path.basename(path)[:-5]
    for k in d:
        if k not in TOP: errs.append(f'unknown top key {k}')
    for k in ['id','title','difficulty','topics','story','encounter','mar','key','hints','teaching']:
        if k not in d: errs.append(f'missing {k}')
    if d.get('id')!=fid: errs.append('id != filename')
    year=d['encounter'].get('year',2026)
    def parse(s):
        m=re.match(r'^(\d\d)/(\d\d) (\d\d):(\d\d)(?: (.*))?$',s)
        if not m: raise ValueError('bad time '+s)
        mo,da,h,mi,rest=m.groups(); return (int(mo),int(da),int(h),int(mi)),rest or ''
    tl=d['encounter']['timeline']; times=[]; y=year; prev=None
    yearof={}
    for e in tl:
        (mo,da,h,mi),rest=parse(e)
        if prev and mo<prev-6: y+=1
        prev=mo; yearof[(mo)]=y
        t=dt.datetime(y,mo,da,h,mi); times.append((t,rest))
        if not (rest.lower() in EVENTS or rest.lower().startswith('transfer ')): errs.append('bad event '+rest)
    if 'arrival' not in times[0][1].lower(): errs.append('first event not arrival')
    if times[-1][1].lower() not in ('discharge','inpatient order'): errs.append('last event not discharge/inpatient')
    if any(times[i][0]>times[i+1][0] for i in range(len(times)-1)): errs.append('timeline order')
    t0=times[0][0]; tend=times[-1][0]
    def T(mo,da,h,mi):
        yy=yearof.get(mo, year if mo>=times[0][0].month else year+1 if times[-1][0].year>year else year)
        return dt.datetime(yy,mo,da,h,mi)
    sites=d.get('sites') or {}
    for i,r in enumerate(d['mar']):
        for k in r:
            if k not in ROW: errs.append(f'row {i} unknown key {k}')
        for k in ['med','drug','class','route','entries']:
            if k not in r: errs.append(f'row {i} missing {k}')
        if r.get('class') not in CLASSES: errs.append(f'row {i} class {r.get("class")}')
        if str(r.get('route')).lower() not in ROUTES: errs.append(f'row {i} route {r.get("route")}')
        if 'site' in r and r['site'] not in sites: errs.append(f'row {i} site')
        if r.get('necessity') not in (None,'documented','not-documented'): errs.append('necessity')
        last=None; segs=[]; run=None; tot=0; out=[]
        for e in r['entries']:
            if isinstance(e,dict):
                for k in e:
                    if k not in ENT: errs.append(f'row {i} entry key {k}')
                (mo,da,h,mi),_=parse(e['at']+' x'); a,_s=act(e['action']); extra=e
                if 'rate' in e and not re.match(r'^[\d,.]+ [^ ]+/hr$',str(e['rate'])): errs.append('rate fmt '+str(e['rate']))
                if 'purpose' in e and e['purpose'] not in ('hydration','kvo'): errs.append('purpose')
                if 'reason' in e and e['reason']!='reaction': errs.append('reason')
            else:
                (mo,da,h,mi),rest=parse(e); a,_s=act(rest); extra={}
            if a is None: errs.append(f'row {i} bad action in {e}')
            t=T(mo,da,h,mi)
            if last and t<last: errs.append(f'row {i} entries out of order at {e}')
            if t<t0: errs.append(f'row {i} entry before arrival')
            last=t; out.append((t,a))
        # naive minutes
        st=None; mins=0; ivl=[]
        for t,a in out:
            if a in ('New Bag','Restarted') or (a=='Rate Change' and st is None and False):
                if st is None: st=t
            elif a in ('Paused','Stopped') and st is not None:
                mins+=int((t-st).total_seconds()//60); ivl.append(f'{st:%m/%d %H:%M}-{t:%H:%M}'); st=None
        note=f' OPEN from {st:%H:%M}' if st else ''
        print(f'  [{i}] {r.get("drug")} {r.get("class")}/{r.get("route")}: {mins} min {ivl}{note}')
    for c in d['key']['codes']:
        if not re.match(r'^\d{5}(-[A-Z0-9]{2})?(x\d+)?$',str(c)): errs.append('code fmt '+str(c))
    if not 1<=len(d['hints'])<=3: errs.append('hints count')
    print(path, 'rows', len(d['mar']), 'key', d['key']['codes'], 'OK' if not errs else '\n  ERR '+'\n  ERR '.join(errs))
    return not errs
ok=all([main(p) for p in sys.argv[1:]]); sys.exit(0 if ok else 1)
