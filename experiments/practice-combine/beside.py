"""Section 3 of RESULTS.md: good practice added beside a kept rule sentence. Usage: python3 beside.py dump.tsv"""
import sys
from rows import *
rows=load(sys.argv[1])
g=guard('hcno')
def run(lab,k,tb,docs,agree=0.2,conf=0.87,noskip=False):
    pred=[]
    for i,x in enumerate(rows):
        p=predict(x,lab,k,agree,conf,g)
        pred.append(p)
    ruled=[x['rule']==LAB[lab] and x[lab+str(k)]>=agree for x in rows]
    tp=fp=fn=0
    for i,x in enumerate(rows):
        if not docs(x['doc']): continue
        p=pred[i]
        if not p and tb<1 and x['rule']!=OTHER[lab] and x[lab+str(k)]>=tb and g(x,lab) and (noskip or x['section'] not in SKIP):
            prev= x['pstart']==0 and i>0 and ruled[i-1]
            nxt= i+1<len(rows) and rows[i+1]['doc']==x['doc'] and rows[i+1]['pstart']==0 and ruled[i+1]
            if prev or nxt: p=True
        if p and x[lab]: tp+=1
        elif p: fp+=1
        elif x[lab]: fn+=1
    P=tp/(tp+fp); R=tp/(tp+fn); return 2*P*R/(P+R),tp,fp,fn
for lab in ('gp','mo'):
    print(lab)
    for nm,d,k in (('chk m62',chk,0),('val m62',val,0),('val v9',val,1),('fit m62',fit,0),('tuned v9',tuned,1)):
        print('  %-9s'%nm+'  '.join('tb=%.2f %.3f %d/%d/%d'%(tb,*run(lab,k,tb,d)) for tb in (1,0.7,0.6,0.5,0.4,0.3)))
