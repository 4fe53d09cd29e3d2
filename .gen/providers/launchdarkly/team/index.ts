// https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TeamConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#custom_role_keys Team#custom_role_keys}
  */
  readonly customRoleKeys?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#description Team#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#key Team#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#maintainers Team#maintainers}
  */
  readonly maintainers?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#member_ids Team#member_ids}
  */
  readonly memberIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#name Team#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#role_attributes Team#role_attributes}
  */
  readonly roleAttributes?: { [key: string]: string[] } | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team launchdarkly_team}
*/
export class Team extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "launchdarkly_team";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Team resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Team to import
  * @param importFromId The id of the existing Team that should be imported. Refer to the {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Team to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "launchdarkly_team", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/team launchdarkly_team} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TeamConfig
  */
  public constructor(scope: Construct, id: string, config: TeamConfig) {
    super(scope, id, {
      terraformResourceType: 'launchdarkly_team',
      terraformGeneratorMetadata: {
        providerName: 'launchdarkly',
        providerVersion: '3.1.3'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._customRoleKeys = config.customRoleKeys;
    this._description = config.description;
    this._key = config.key;
    this._maintainers = config.maintainers;
    this._memberIds = config.memberIds;
    this._name = config.name;
    this._roleAttributes = config.roleAttributes;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // custom_role_keys - computed: true, optional: true, required: false
  private _customRoleKeys?: string[]; 
  public get customRoleKeys() {
    return cdktf.Fn.tolist(this.getListAttribute('custom_role_keys'));
  }
  public set customRoleKeys(value: string[]) {
    this._customRoleKeys = value;
  }
  public resetCustomRoleKeys() {
    this._customRoleKeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customRoleKeysInput() {
    return this._customRoleKeys;
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // maintainers - computed: true, optional: true, required: false
  private _maintainers?: string[]; 
  public get maintainers() {
    return cdktf.Fn.tolist(this.getListAttribute('maintainers'));
  }
  public set maintainers(value: string[]) {
    this._maintainers = value;
  }
  public resetMaintainers() {
    this._maintainers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maintainersInput() {
    return this._maintainers;
  }

  // member_ids - computed: true, optional: true, required: false
  private _memberIds?: string[]; 
  public get memberIds() {
    return cdktf.Fn.tolist(this.getListAttribute('member_ids'));
  }
  public set memberIds(value: string[]) {
    this._memberIds = value;
  }
  public resetMemberIds() {
    this._memberIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memberIdsInput() {
    return this._memberIds;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // role_attributes - computed: false, optional: true, required: false
  private _roleAttributes?: { [key: string]: string[] } | cdktf.IResolvable; 
  public get roleAttributes() {
    return this.interpolationForAttribute('role_attributes');
  }
  public set roleAttributes(value: { [key: string]: string[] } | cdktf.IResolvable) {
    this._roleAttributes = value;
  }
  public resetRoleAttributes() {
    this._roleAttributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roleAttributesInput() {
    return this._roleAttributes;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      custom_role_keys: cdktf.listMapper(cdktf.stringToTerraform, false)(this._customRoleKeys),
      description: cdktf.stringToTerraform(this._description),
      key: cdktf.stringToTerraform(this._key),
      maintainers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._maintainers),
      member_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._memberIds),
      name: cdktf.stringToTerraform(this._name),
      role_attributes: cdktf.hashMapper(cdktf.listMapper(cdktf.stringToTerraform, false))(this._roleAttributes),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      custom_role_keys: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._customRoleKeys),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      maintainers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._maintainers),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      member_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._memberIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      role_attributes: {
        value: cdktf.hashMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false))(this._roleAttributes),
        isBlock: false,
        type: "map",
        storageClassType: "stringListMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
