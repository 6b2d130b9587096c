"""Validate the held-out gold files: keys occur once in the NFKC, whitespace-free text, are 6-40 chars, are unique; units, dates, milestones sane."""
import json,unicodedata,re,glob,os,datetime,sys
D=os.path.dirname(os.path.abspath(__file__))+'/'
norm=lambda s:re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
bad=0
for g in sorted(glob.glob(D+'*.gold.json')):
    gold=json.load(open(g))
    txt=open(D+gold['source']).read()
    n=norm(txt); lines=txt.count('\n')
    print(os.path.basename(g),'lines',lines,'tasks',len(gold['tasks']))
    if not 50<=lines<=110: print('  LINECOUNT'); bad+=1
    docnos={d['doc_no'] for d in gold['documents']}
    for d in gold['documents']:
        for k in ('doc_no','title'):
            if norm(d[k]) not in n: print('  DOC FIELD not in text',k,d[k]); bad+=1
        datetime.date.fromisoformat(d['issued'])
    seen=set(); ids=set()
    for t in gold['tasks']:
        assert t['id'] not in ids; ids.add(t['id'])
        assert t['doc_no'] in docnos
        for k in [t['key']]+t['alt_keys']:
            nk=norm(k)
            c=n.count(nk)
            if c!=1: print('  KEY count',c,t['id'],k); bad+=1
            if not 6<=len(nk)<=40: print('  KEY len',len(nk),t['id'],k); bad+=1
            if nk in seen: print('  DUP key',t['id'],k); bad+=1
            seen.add(nk)
        for u in t['units']:
            assert u['role'] in ('lead','support','responsible'),t
            if norm(u['name']) not in n: print('  UNIT not in text',t['id'],u['name']); bad+=1
        if t['deadline']: datetime.date.fromisoformat(t['deadline'])
        if t['deadline_text'] and norm(t['deadline_text']) not in n: print('  DTEXT not in text',t['id'],t['deadline_text']); bad+=1
        for m in t['milestones']:
            datetime.date.fromisoformat(m['due'])
            if norm(m['text']) not in n: print('  MS text not in text',t['id'],m['text']); bad+=1
        if t['milestones'] and t['deadline']!=max(m['due'] for m in t['milestones']): print('  MS deadline != last',t['id']); bad+=1
        assert t['kind'] in ('table','annotated','implicit')
        if t['recurrence']: assert re.fullmatch(r'FREQ=(YEARLY|MONTHLY)(;[A-Z]+=[-0-9,]+)+',t['recurrence']),t['recurrence']
    # keys of different tasks must not contain each other
    ks=[(t['id'],norm(k)) for t in gold['tasks'] for k in [t['key']]+t['alt_keys']]
    for i,a in ks:
        for j,b in ks:
            if i!=j and a in b: print('  key',i,'inside key of',j); bad+=1
print('PROBLEMS',bad)
