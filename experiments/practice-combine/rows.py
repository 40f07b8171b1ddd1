import csv, sys
SKIP={"introduction","methodology","recommendations","action_plan","appendix","glossary","contents","cover"}
def load(p):
    rows=[]
    with open(p) as f:
        r=csv.DictReader(f,delimiter='\t',quoting=csv.QUOTE_NONE)
        for x in r:
            for k in ('gp','mo','pstart','police','i'): x[k]=int(x[k])
            for k in ('rconf','gp0','mo0','gp1','mo1'): x[k]=float(x[k])
            rows.append(x)
    return rows
LAB={'gp':'good_practice','mo':'missed_opportunity'}
def predict(x,lab,k,agree,conf,extra=None):
    p=x[f'{lab}{k}']
    if x['rule']==LAB[lab]:
        return p>=agree
    if p>=conf and x['section'] not in SKIP and (extra is None or extra(x,lab)):
        return True
    return False
def score(rows,lab,k,agree,conf,extra=None,docs=None):
    tp=fp=fn=0
    for x in rows:
        if docs and not docs(x['doc']): continue
        pr=predict(x,lab,k,agree,conf,extra); g=x[lab]
        if pr and g: tp+=1
        elif pr: fp+=1
        elif g: fn+=1
    P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn) if tp+fn else 0
    F=2*P*R/(P+R) if P+R else 0
    return F,P,R,tp,fp,fn
def num(d): return int(d[1:])
fit=lambda d: num(d)<=62
chk=lambda d: 63<=num(d)<=74
val=lambda d: 75<=num(d)<=77
c15=lambda d: num(d)>=63
tuned=lambda d: num(d)<=74
import re
NAME={'gp':re.compile(r'good practice',re.I),'mo':re.compile(r'missed opportunit',re.I)}
OTHER={'gp':'missed_opportunity','mo':'good_practice'}
def guard(parts):
    def f(x,lab):
        if 'h' in parts and int(x['heading']): return False
        if 'c' in parts and x['text'].rstrip().endswith(':'): return False
        if 'n' in parts and NAME[lab].search(x['text']): return False
        if 'o' in parts and x['rule']==OTHER[lab]: return False
        return True
    return f
