# The key paths of a JSON document on stdin, one per line, sorted ("layers[].name").
import json,sys
def paths(v,prefix,out):
    if isinstance(v,dict):
        for k,x in v.items():
            p=prefix+"."+k if prefix else k
            out.add(p); paths(x,p,out)
    elif isinstance(v,list):
        for x in v: paths(x,prefix+"[]",out)
out=set(); paths(json.load(sys.stdin),"",out)
print("\n".join(sorted(out)))
